/* Share a chapter or one of its sections (hooks/components/share_html.py): the Web Share API where
   the browser has it (phones), otherwise the canonical address copied to the clipboard, with a
   visible confirmation that a status region also announces. The plain share links in the bar work
   without this script and load nothing from those sites until the reader follows one. */
(() => {
  "use strict";

  const bar = document.querySelector(".gd-sharebar");
  if (!bar) return;
  const t = JSON.parse(bar.dataset.gdStrings);
  const base = bar.dataset.gdShareUrl;
  const title = bar.dataset.gdShareTitle;
  const status = bar.querySelector(".gd-sharebar__status");
  const { fill, node, say } = window.gdCore;

  /* The confirmation shows next to the button that was used; the status region announces it. */
  function tell(button, text) {
    say(status, text);
    const after = button.closest("h2") || button; // under a heading, not in its large type
    let note = after.nextElementSibling;
    if (!note || !note.classList.contains("gd-sharebar__note")) {
      note = node(after === button ? "span" : "p", "gd-sharebar__note");
      note.setAttribute("aria-hidden", "true"); // said once, by the status region
      after.after(note);
    }
    note.textContent = text;
  }

  async function share(button, url, name) {
    if (navigator.share) {
      try {
        await navigator.share({ title: name, url });
        return;
      } catch (error) {
        if (error && error.name === "AbortError") return; // the reader closed the share sheet
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      tell(button, fill(t.copied, { url }));
    } catch {
      tell(button, fill(t.copy_failed, { url }));
    }
  }

  // Neither sharing nor copying (templates/main.html tells): the bar's plain links remain.
  if (!document.documentElement.classList.contains("gd-can-share")) return;
  const main = bar.querySelector(".gd-sharebar__button");
  main.addEventListener("click", () => share(main, base, title));
  document.querySelectorAll(".gd-sharebar__section").forEach((button) => {
    button.addEventListener("click", () => {
      const heading = button.closest("h2");
      const name = heading ? heading.textContent.replace("¶", "").trim() : title;
      share(button, base + "#" + button.dataset.gdShareAnchor, name);
    });
  });
})();
