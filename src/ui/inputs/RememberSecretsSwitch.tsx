import { useAppStore } from '../../store/context.tsx';
import { Switch } from '../common/Switch.tsx';

/** Off by default: secrets are not written to localStorage unless the user asks. */
export function RememberSecretsSwitch() {
  const remember = useAppStore((s) => s.credentials.rememberSecrets);
  const setRemember = useAppStore((s) => s.setRememberSecrets);
  return (
    <div className="remember">
      <Switch id="remember-secrets" label="Remember secrets on this device" checked={remember} onChange={setRemember}
        describedBy="remember-secrets-hint" />
      <p id="remember-secrets-hint" className="hint">
        {remember ? 'Secrets are saved in this browser’s localStorage.' : 'Secrets are forgotten when you reload; everything else is kept.'}
      </p>
    </div>
  );
}
