/**
 * The top-level tabs, as one table: the Flow and OAuth 2 views (issue 4) replace
 * their placeholder components here and nothing else needs to change.
 */
import { lazy, type ComponentType } from 'react';
import type { TabId } from '../store/uiSlice.ts';
import { SignTab } from './sign/SignTab.tsx';

// Only Sign is in the initial bundle; the other tabs (and the paste parsers) load when first opened.
const CheckTab = lazy(() => import('./check/CheckTab.tsx').then((m) => ({ default: m.CheckTab })));
const FlowTab = lazy(() => import('./flow/FlowTab.tsx').then((m) => ({ default: m.FlowTab })));
const OAuth2Tab = lazy(() => import('./oauth2/OAuth2Tab.tsx').then((m) => ({ default: m.OAuth2Tab })));

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
