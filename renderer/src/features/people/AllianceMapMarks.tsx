import type { ReactNode } from 'react';

// The marks for a person's desired stance, drawn the same on the map and in its legend. Purely visual:
// the dot's accessible name says the same in words.

const ARROWHEAD_LENGTH = 7;
const ARROWHEAD_HALF_WIDTH = 4;
/** Room between a dot's edge and the mark beside it. */
const CLEARANCE = 2;

type DesireProps = { x: number; desiredX: number; y: number; radius: number };

/** An arrowhead with its tip at `tip`, pointing the way `way` (+1 right, −1 left). */
function Arrowhead({ tip, y, way }: { tip: number; y: number; way: 1 | -1 }) {
  const base = tip - way * ARROWHEAD_LENGTH;
  return (
    <path
      className="map-arrowhead"
      d={`M ${base} ${y - ARROWHEAD_HALF_WIDTH} L ${tip} ${y} L ${base} ${y + ARROWHEAD_HALF_WIDTH} Z`}
    />
  );
}

// A desired stance can be either way of the one now.
const wayOf = (x: number, desiredX: number): 1 | -1 => (desiredX > x ? 1 : -1);

/**
 * A small arrowhead against the dot, pointing the way I want the person to move. Every person with a
 * desired stance of their own gets one; the full arrow would cross other people's dots and rings.
 */
export function DesireHint({ x, desiredX, y, radius }: DesireProps) {
  const way = wayOf(x, desiredX);
  return <Arrowhead tip={x + way * (radius + CLEARANCE + ARROWHEAD_LENGTH)} y={y} way={way} />;
}

/** The whole way: an arrow from the dot's edge to a dashed ring where the person would sit at the desired stance. */
export function DesireArrow({ x, desiredX, y, radius }: DesireProps) {
  const way = wayOf(x, desiredX);
  const start = x + way * (radius + CLEARANCE);
  const tip = desiredX - way * (radius + CLEARANCE);
  const base = tip - way * ARROWHEAD_LENGTH;
  return (
    <g className="map-desire">
      {way * (base - start) > 0 && <line className="map-desire-line" x1={start} y1={y} x2={base} y2={y} />}
      <Arrowhead tip={tip} y={y} way={way} />
      <circle className="map-ghost" cx={desiredX} cy={y} r={radius} />
    </g>
  );
}

/** A small drawing beside a legend entry; the entry's text says what it means. */
export function Swatch({ width, height, children }: { width: number; height: number; children: ReactNode }) {
  return (
    <svg className="map-swatch" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      {children}
    </svg>
  );
}
