import {
  ALLIANCE_MAP_EXPLANATION,
  FULL_SIZE_CONVERSATIONS,
  HEALTH_BAND_FLOORS,
  HEALTH_BAND_LABELS,
  HEALTH_BANDS,
  dotRadius,
  type HealthBand,
} from '@shared/domain/alliance-map';
import { HEALTH_EXPLANATION } from '@shared/domain/relationships';
import { DesireArrow, DesireHint, Swatch } from './AllianceMapMarks';

const BAND_RANGES: Record<HealthBand, string> = {
  strong: `${HEALTH_BAND_FLOORS.strong}–100`,
  fair: `${HEALTH_BAND_FLOORS.fair}–${HEALTH_BAND_FLOORS.strong - 1}`,
  weak: `below ${HEALTH_BAND_FLOORS.fair}`,
};

/** The conversation counts the size key shows: none, a few, and full size. */
const SIZE_SAMPLES = [0, 3, FULL_SIZE_CONVERSATIONS] as const;

/** What the colours, sizes and rings of the map mean, and how the numbers behind them are computed. */
export function AllianceMapLegend({ minRadius, maxRadius }: { minRadius: number; maxRadius: number }) {
  const box = 2 * maxRadius + 4;
  const centre = box / 2;
  const sample = Math.round(maxRadius * 0.6);
  return (
    <div className="map-legend">
      <ul aria-label="Colour: relationship health">
        {HEALTH_BANDS.map((band) => (
          <li key={band}>
            <Swatch width={box} height={box}>
              <circle className={`map-dot map-health-${band}`} cx={centre} cy={centre} r={sample} />
            </Swatch>
            {HEALTH_BAND_LABELS[band]} health ({BAND_RANGES[band]})
          </li>
        ))}
      </ul>
      <ul aria-label="Size: conversations in the last 90 days">
        {SIZE_SAMPLES.map((count) => (
          <li key={count}>
            <Swatch width={box} height={box}>
              <circle
                className="map-dot map-size-sample"
                cx={centre}
                cy={centre}
                r={dotRadius(count, minRadius, maxRadius)}
              />
            </Swatch>
            {count === FULL_SIZE_CONVERSATIONS ? `${count} or more` : count} conversations in 90 days
          </li>
        ))}
      </ul>
      <ul aria-label="Arrows: desired stance">
        <li>
          <Swatch width={box * 3} height={box}>
            <circle className="map-dot map-size-sample" cx={centre} cy={centre} r={sample} />
            <DesireHint x={centre} desiredX={box * 3} y={centre} radius={sample} />
          </Swatch>
          The way you want them to move
        </li>
        <li>
          <Swatch width={box * 3} height={box}>
            <circle className="map-dot map-size-sample" cx={centre} cy={centre} r={sample} />
            <DesireArrow x={centre} desiredX={box * 3 - centre} y={centre} radius={sample} />
          </Swatch>
          On hover or focus: the stance you want them at
        </li>
      </ul>
      <details>
        <summary>How is this map drawn?</summary>
        <p>{ALLIANCE_MAP_EXPLANATION}</p>
        <p>{HEALTH_EXPLANATION}</p>
      </details>
    </div>
  );
}
