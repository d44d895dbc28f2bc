// The entry grid of /co-so/<code>, enhanced: arrow keys move between cells (left and right once the caret is at the
// text's edge), Enter moves down (Shift+Enter up) instead of submitting the form. Without it the grid works as a form.
document.addEventListener('keydown', (ev) => {
  const input = ev.target;
  if (!(input instanceof HTMLInputElement) || ev.altKey || ev.ctrlKey || ev.metaKey || ev.isComposing) return;
  const td = input.closest('table[data-grid] td');
  if (!td) return;
  const tr = td.parentElement;
  const rows = Array.from(td.closest('tbody').rows);
  const row = rows.indexOf(tr);
  const col = Array.prototype.indexOf.call(tr.cells, td);
  const whole = input.selectionStart === 0 && input.selectionEnd === input.value.length;
  let to;
  if (ev.key === 'ArrowRight' && (whole || input.selectionEnd === input.value.length)) to = [row, col + 1];
  else if (ev.key === 'ArrowLeft' && (whole || input.selectionStart === 0)) to = [row, col - 1];
  else if (ev.key === 'ArrowDown' || (ev.key === 'Enter' && !ev.shiftKey)) to = [row + 1, col];
  else if (ev.key === 'ArrowUp' || (ev.key === 'Enter' && ev.shiftKey)) to = [row - 1, col];
  else return;
  // Enter never submits from the grid; an arrow at the grid's edge does what it did
  if (ev.key === 'Enter') ev.preventDefault();
  const next = rows[to[0]]?.cells[to[1]]?.querySelector('input:not([disabled])');
  if (!next) return;
  ev.preventDefault();
  next.focus();
  next.select();
});
