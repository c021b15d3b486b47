// The sign-up form's time zone starts as the browser's own; without JavaScript it stays UTC.
document.addEventListener("DOMContentLoaded", () => {
  let zone = "";
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (error) { return; }
  for (const select of document.querySelectorAll("select[data-browser-zone]")) {
    if (select.value !== "UTC" || !zone) continue;
    if ([...select.options].some((option) => option.value === zone)) select.value = zone;
  }
});
