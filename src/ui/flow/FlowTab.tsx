/**
 * PLACEHOLDER for the three-legged flow (issue 4). Replace this component; it is
 * rendered inside its own error boundary by App's tab table (ui/tabs.tsx).
 */
export function FlowTab() {
  return (
    <section className="panel coming" aria-labelledby="flow-heading">
      <h2 id="flow-heading">Flow</h2>
      <p>Coming: the three-legged exchange against a real provider — request token, authorisation, access token — one card per leg.</p>
    </section>
  );
}
