declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (rings of [x, y]): the point farthest inside it. */
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
