import { ExportMenu } from './ExportMenu.tsx';
import { PresetPicker } from './PresetPicker.tsx';
import { ShareButton } from './ShareButton.tsx';
import { ShowSecretsSwitch } from './ShowSecretsSwitch.tsx';
import { TabList } from './TabList.tsx';

export function AppHeader() {
  return (
    <header className="app-header">
      <div className="brand">
        <h1>sigstep</h1>
        <p className="tagline">OAuth 1.0a signatures, step by step</p>
      </div>
      <nav aria-label="Modes"><TabList /></nav>
      <div className="toolbar">
        <PresetPicker />
        <ShowSecretsSwitch />
        <ShareButton />
        <ExportMenu />
      </div>
    </header>
  );
}
