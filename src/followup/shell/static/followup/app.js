// Progressive enhancements only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // After a failed submit, focus goes to the list of what to fix (screen readers read it).
  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();

  // Unsaved edits in the note: sending would send the saved draft, not what is on screen.
  // Send now stops being the primary action (and can't be pressed) until the draft is saved.
  const note = document.getElementById("note-form");
  const deliver = document.querySelectorAll("[data-needs-saved-note]");
  if (note && deliver.length) {
    note.addEventListener("input", () => {
      for (const button of deliver) {
        button.disabled = true;
        button.classList.add("secondary");
      }
      const hint = document.getElementById("deliver-hint");
      if (hint) hint.textContent = "You have unsaved edits: save the draft first, then send it.";
      note.querySelector("button[value=save]")?.classList.remove("secondary");
    }, { once: true });
  }

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
