// Plan review: a sentence selected in the document fills the "add a missed target" form (without this script the
// sentence is pasted there by hand). The selection is taken when the mouse or a finger lets go, or a key moves it.
(() => {
  const doc = document.querySelector('.review-doc pre.doc');
  const box = document.getElementById('sentence');
  if (!doc || !box) return;
  const take = () => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !doc.contains(sel.anchorNode) || !doc.contains(sel.focusNode)) return;
    const text = sel.toString().replace(/\s+/g, ' ').trim();
    if (text.length < 3) return;
    box.value = text;
    box.dispatchEvent(new Event('input'));
  };
  doc.addEventListener('mouseup', take);
  doc.addEventListener('touchend', take);
  doc.addEventListener('keyup', take);
})();
