// The scan desk: after a refused scan the field keeps what was scanned, selected, so the next scan replaces it
// (and a hand-typed barcode can still be corrected). Without JavaScript the field keeps it unselected.
const field = document.querySelector('input[autofocus]');
if (field?.value) {
  field.focus();
  field.select();
}
