/**
 * Pan and zoom for the full-page map: buttons, drag, wheel, and keys (arrows pan,
 * + and − zoom, 0 resets) by changing the SVG's viewBox. Without this script the map is
 * a plain vector image the browser can zoom.
 */
export function enhanceMapZoom(): void {
  const frame = document.querySelector<HTMLElement>('.map-zoom');
  const svg = frame?.querySelector<SVGSVGElement>('svg');
  const controls = document.querySelector<HTMLElement>('.map-zoom-controls');
  if (!frame || !svg || !controls) return;
  const [x0, y0, w0, h0] = (svg.getAttribute('viewBox') ?? '0 0 1 1').split(' ').map(Number) as [number, number, number, number];
  let view = { x: x0, y: y0, w: w0, h: h0 };
  const apply = () => svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  const zoom = (factor: number, cx = view.x + view.w / 2, cy = view.y + view.h / 2) => {
    const w = Math.min(w0, Math.max(w0 / 8, view.w / factor));
    const k = w / view.w;
    view = { x: cx - (cx - view.x) * k, y: cy - (cy - view.y) * k, w, h: view.h * k };
    apply();
  };
  const pan = (dx: number, dy: number) => {
    view = { ...view, x: view.x + dx, y: view.y + dy };
    apply();
  };
  const reset = () => {
    view = { x: x0, y: y0, w: w0, h: h0 };
    apply();
  };
  controls.hidden = false;
  controls.querySelector('[data-zoom="in"]')?.addEventListener('click', () => zoom(1.5));
  controls.querySelector('[data-zoom="out"]')?.addEventListener('click', () => zoom(1 / 1.5));
  controls.querySelector('[data-zoom="reset"]')?.addEventListener('click', reset);
  const toSvg = (e: { clientX: number; clientY: number }) => {
    const box = svg.getBoundingClientRect();
    return { x: view.x + ((e.clientX - box.left) / box.width) * view.w, y: view.y + ((e.clientY - box.top) / box.height) * view.h };
  };
  svg.addEventListener('wheel', (e) => {
    e.preventDefault();
    const p = toSvg(e);
    zoom(e.deltaY < 0 ? 1.25 : 0.8, p.x, p.y);
  }, { passive: false });
  let drag: { x: number; y: number } | undefined;
  svg.addEventListener('pointerdown', (e) => {
    drag = { x: e.clientX, y: e.clientY };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const box = svg.getBoundingClientRect();
    pan(((drag.x - e.clientX) / box.width) * view.w, ((drag.y - e.clientY) / box.height) * view.h);
    drag = { x: e.clientX, y: e.clientY };
  });
  svg.addEventListener('pointerup', () => (drag = undefined));
  frame.addEventListener('keydown', (e) => {
    const step = view.w / 10;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => pan(-step, 0),
      ArrowRight: () => pan(step, 0),
      ArrowUp: () => pan(0, -step),
      ArrowDown: () => pan(0, step),
      '+': () => zoom(1.5),
      '=': () => zoom(1.5),
      '-': () => zoom(1 / 1.5),
      '0': reset,
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      move();
    }
  });
}
