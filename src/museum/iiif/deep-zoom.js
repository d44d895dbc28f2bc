// Deep zoom on an object's page. Without JavaScript each image is a plain picture linked to its full size; with it,
// each gets a "Zoom in" button, and only when one is pressed is OpenSeadragon (about 350 KB) fetched, once, to open
// the image's IIIF info.json in its place. Our own buttons (words from the page, no button images) zoom and go back.
let loading;
function openSeadragon(src) {
  loading ??= new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve(window.OpenSeadragon);
    s.onerror = reject;
    document.head.append(s);
  });
  return loading;
}

function button(text, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

for (const figure of document.querySelectorAll('[data-iiif-info]')) {
  const words = figure.dataset;
  const open = button(words.zoom, async () => {
    open.disabled = true;
    const OSD = await openSeadragon(words.script).catch(() => undefined);
    if (!OSD) {
      open.disabled = false;
      return;
    }
    const box = document.createElement('div');
    box.className = 'zoom-view';
    box.setAttribute('role', 'application');
    box.setAttribute('aria-label', words.viewer);
    const plain = figure.querySelector('.zoom-plain');
    const img = plain.querySelector('img');
    // the box takes the image's shape (a phone's screen is not spent on black bands), within the CSS's height
    box.style.aspectRatio = `${img.getAttribute('width')} / ${img.getAttribute('height')}`;
    plain.hidden = true;
    figure.prepend(box);
    const viewer = OSD({
      element: box,
      tileSources: words.iiifInfo,
      showNavigationControl: false,
      crossOriginPolicy: false,
      visibilityRatio: 1,
      gestureSettingsMouse: { clickToZoom: false },
    });
    const zoomBy = (f) => () => {
      viewer.viewport.zoomBy(f);
      viewer.viewport.applyConstraints();
    };
    const controls = document.createElement('p');
    controls.className = 'zoom-controls';
    controls.append(
      button(words.zoom, zoomBy(1.5)),
      button(words.zoomOut, zoomBy(1 / 1.5)),
      button(words.home, () => viewer.viewport.goHome()),
    );
    open.replaceWith(controls);
    // the focus goes where the button was: into the viewer, whose keys pan (arrows) and zoom (+, -, 0)
    viewer.canvas.focus();
  });
  open.setAttribute('aria-label', words.open);
  open.className = 'zoom-open';
  figure.append(open);
}
