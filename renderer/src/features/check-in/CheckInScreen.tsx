import { ComingSoon } from '../../components/ComingSoon';

export function CheckInScreen() {
  return (
    <ComingSoon title="Check-in">
      <p>
        The weekly check-in will ask the Copenhagen Burnout Inventory and the Three-Item Loneliness Scale, then show
        your trend and any early warning. It is a self-check, not a diagnosis.
      </p>
    </ComingSoon>
  );
}
