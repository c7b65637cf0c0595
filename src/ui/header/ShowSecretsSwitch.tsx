import { useAppStore } from '../../store/context.tsx';
import { Switch } from '../common/Switch.tsx';

/** The one switch that unmasks every secret on screen (never persisted). */
export function ShowSecretsSwitch() {
  const show = useAppStore((s) => s.ui.showSecrets);
  const setShow = useAppStore((s) => s.setShowSecrets);
  return <Switch id="show-secrets" label="Show secrets" checked={show} onChange={setShow} />;
}
