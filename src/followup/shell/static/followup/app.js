// Progressive enhancements only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // After a failed submit, focus goes to the list of what to fix (screen readers read it).
  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();

  for (const button of document.querySelectorAll("[data-copy]")) {
    const source = document.querySelector(button.dataset.copy);
    if (!source || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      await navigator.clipboard.writeText(source.value);
      button.textContent = "Copied";
      setTimeout(() => { button.textContent = "Copy message"; }, 1500);
    });
  }
});
