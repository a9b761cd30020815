import { ComingSoon } from '@renderer/components/ComingSoon';

export function RoadmapScreen() {
  return (
    <ComingSoon title="Roadmap room">
      <p>
        The roadmap room will record each strategic decision and where you stood when it was made — shaped, consulted,
        present, informed or blindsided — and your upstream score by quarter.
      </p>
    </ComingSoon>
  );
}
