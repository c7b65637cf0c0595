import { useShallow } from 'zustand/react/shallow';
import { SIGNATURE_METHODS, type SignatureMethod } from '../../engine/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { FieldError } from '../common/FieldError.tsx';
import { paramClass, useHighlight } from '../common/highlight.tsx';
import { useFieldError, useSignDerived } from '../sign/SignDerived.tsx';
import { FixedValueField } from './FixedValueField.tsx';

type TextKey = 'callback' | 'verifier' | 'realm';

function ProtocolText({ name, label, oauthName }: { name: TextKey; label: string; oauthName?: string }) {
  const value = useAppStore((s) => s.protocol[name]);
  const setProtocol = useAppStore((s) => s.setProtocol);
  const { refs } = useSignDerived();
  const { active, handlers } = useHighlight(oauthName ? refs.oauth.get(oauthName) : undefined);
  const id = `protocol-${name}`;
  return (
    <div className={`field ${paramClass(oauthName ? refs.oauth.get(oauthName) : undefined, active)}`} {...handlers}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" spellCheck={false} autoComplete="off" value={value} onChange={(e) => setProtocol(name, e.target.value)} />
    </div>
  );
}

/** The protocol parameters of RFC 5849 §3.1. */
export function ProtocolFields() {
  const p = useAppStore(useShallow((s) => s.protocol));
  const a = useAppStore(
    useShallow((s) => ({
      setProtocol: s.setProtocol, setNonce: s.setNonce, setTimestamp: s.setTimestamp, newNonce: s.newNonce,
      newTimestamp: s.newTimestamp, setKeepNonce: s.setKeepNonce, setKeepTimestamp: s.setKeepTimestamp,
      addParam: s.addParam,
    })),
  );
  const { refs } = useSignDerived();
  const error = useFieldError('protocol');
  return (
    <fieldset className="protocol">
      <legend>Protocol parameters</legend>
      <div className="field">
        <label htmlFor="signature-method">Signature method</label>
        <select id="signature-method" value={p.signatureMethod}
          onChange={(e) => a.setProtocol('signatureMethod', e.target.value as SignatureMethod)}>
          {SIGNATURE_METHODS.map((m) => (
            <option key={m} value={m}>{m}</option>
          ))}
        </select>
      </div>
      <FixedValueField id="nonce" label="Nonce" value={p.nonce} keep={p.keepNonce} paramRef={refs.oauth.get('oauth_nonce')}
        onChange={a.setNonce} onNew={a.newNonce} onKeep={a.setKeepNonce} />
      <FixedValueField id="timestamp" label="Timestamp" value={p.timestamp} keep={p.keepTimestamp}
        paramRef={refs.oauth.get('oauth_timestamp')}
        onChange={a.setTimestamp} onNew={a.newTimestamp} onKeep={a.setKeepTimestamp} />
      <label className="inline">
        <input type="checkbox" checked={p.includeVersion} onChange={(e) => a.setProtocol('includeVersion', e.target.checked)} />
        Send oauth_version=1.0
      </label>
      <div className="grid-2">
        <ProtocolText name="callback" label="Callback (oauth_callback)" oauthName="oauth_callback" />
        <ProtocolText name="verifier" label="Verifier (oauth_verifier)" oauthName="oauth_verifier" />
        <ProtocolText name="realm" label="Realm (header only, not signed)" />
      </div>
      <p className="hint">
        Extra Authorization-header parameters such as Akana’s <code>scope</code> are parameters with source “header”.{' '}
        <button type="button" className="btn btn-small" onClick={() => a.addParam('header')}>Add header parameter</button>
      </p>
      <FieldError id="protocol-error" error={error} />
    </fieldset>
  );
}
