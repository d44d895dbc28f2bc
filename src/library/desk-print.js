// The loan slip's Print button (hidden without JavaScript, where the browser's own Print does the same).
for (const b of document.querySelectorAll('[data-print]')) {
  b.hidden = false;
  b.addEventListener('click', () => window.print());
}
