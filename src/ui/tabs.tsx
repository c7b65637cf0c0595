/**
 * The top-level tabs, as one table: the Flow and OAuth 2 views (issue 4) replace
 * their placeholder components here and nothing else needs to change.
 */
import type { ComponentType } from 'react';
import type { TabId } from '../store/uiSlice.ts';
import { CheckTab } from './check/CheckTab.tsx';
import { FlowTab } from './flow/FlowTab.tsx';
import { OAuth2Tab } from './oauth2/OAuth2Tab.tsx';
import { SignTab } from './sign/SignTab.tsx';

export interface TabDef {
  readonly id: TabId;
  readonly label: string;
  readonly Component: ComponentType;
}

export const TABS: readonly TabDef[] = [
  { id: 'sign', label: 'Sign', Component: SignTab },
  { id: 'check', label: 'Check', Component: CheckTab },
  { id: 'flow', label: 'Flow', Component: FlowTab },
  { id: 'oauth2', label: 'OAuth 2', Component: OAuth2Tab },
];

export const tabId = (id: TabId) => `tab-${id}`;
export const panelId = (id: TabId) => `panel-${id}`;
