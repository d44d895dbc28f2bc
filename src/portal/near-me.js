// "Find places near me" on /cong-dan: shown only when the browser can tell a location. Asking is the browser's own
// consent prompt; the point goes to the server once, in the address of the answer page, and is not kept.
const box = document.getElementById('near-me');
const button = box?.querySelector('button');
const said = box?.querySelector('[role="status"]');
if (box && button && said && 'geolocation' in navigator) {
  box.hidden = false;
  button.addEventListener('click', () => {
    said.textContent = box.dataset.working ?? '';
    navigator.geolocation.getCurrentPosition(
      (p) => {
        const lat = p.coords.latitude.toFixed(4);
        const lng = p.coords.longitude.toFixed(4);
        window.location.href = `/cong-dan/gan-toi?vi-do=${lat}&kinh-do=${lng}`;
      },
      () => {
        said.textContent = box.dataset.failed ?? '';
        document.getElementById('noi')?.focus();
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    );
  });
}
