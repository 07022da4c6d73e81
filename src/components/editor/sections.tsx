/**
 * The editor's field groups, in the order an admin decides them. Options that depend on the
 * Exchange version (a legacy name, Unified Messaging, SBS, 2010's site-resilience names) appear only
 * where that version has them; elsewhere a line says why they are not offered.
 */
import { EXCHANGE_PROFILES } from '../../lib/planner/exchange/profiles/index.ts';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import { KEY_SIZES } from '../../lib/planner/plan/sections/certificate.ts';
import { availableProducts, PRODUCTS, type ExchangeProductId } from '../../lib/planner/products.ts';
import { CheckboxField, NumberField, SelectField, TextField } from '../ui/fields.tsx';
import { addRow, NameList, RemoveButton, ServerList, useDraftValue, useList } from './lists.tsx';

const P = 'editor';

/** The Exchange version the draft plans and its profile (the example's until the draft has one). */
function useExchangeVersion() {
  const raw = useDraftValue(['exchange', 'product']);
  const id: ExchangeProductId =
    typeof raw === 'string' && raw in EXCHANGE_PROFILES
      ? (raw as ExchangeProductId)
      : EXAMPLE_PLAN.exchange.product;
  return { id, label: PRODUCTS[id].label, profile: EXCHANGE_PROFILES[id]! };
}

/** Why an option is not offered, in place of its field. */
function Unavailable({ children }: { children: string }) {
  return <p class="uc-hint">{children}</p>;
}

const versionList = (versions: readonly string[]) =>
  versions.map((version) => `Exchange ${version}`).join(' and ');

export function ProductSection() {
  const { label, profile } = useExchangeVersion();
  const coexistWith = useDraftValue(['exchange', 'coexistWith']);
  const supported = profile.coexistence.map((entry) => entry.with);
  const support = profile.coexistence.find((entry) => entry.with === coexistWith);
  // A value from a link or an older plan stays selectable, marked, so the select never lies.
  const offered = [
    'none',
    ...supported,
    ...(typeof coexistWith === 'string' && coexistWith !== 'none' && !support ? [coexistWith] : []),
  ];
  return (
    <fieldset class="uc-group">
      <legend>Product and version</legend>
      <SelectField
        idPrefix={P}
        path={['exchange', 'product']}
        label="Exchange version you are deploying"
        options={availableProducts('exchange').map((product) => ({
          value: product.id,
          label: product.label,
        }))}
      />
      <SelectField
        idPrefix={P}
        path={['exchange', 'coexistWith']}
        label="Older version still in the organisation"
        options={offered.map((value) => ({
          value,
          label:
            value === 'none'
              ? 'None'
              : `Exchange ${value}${supported.includes(value as never) ? '' : ` (not supported with ${label})`}`,
        }))}
        hint={
          supported.length > 0
            ? `${label} runs next to ${versionList(supported)} only; anything older moves through one of those first. The runbook changes the older servers too.`
            : `${label} is planned here as the only version in the organisation.`
        }
      />
      {support ? (
        <ServerList
          path={['exchange', 'legacy', 'servers']}
          label={`Exchange ${support.with} Client Access servers`}
          noun={`Exchange ${support.with} server`}
          addLabel={`Add an Exchange ${support.with} server`}
          hint={`The runbook imports the certificate on them and moves their URLs and Autodiscover SCP${support.proxiesOutlookAnywhere ? ', and publishes Outlook Anywhere there with NTLM' : ''}.`}
        />
      ) : null}
      {support?.legacyNamespace ? (
        <>
          <TextField
            idPrefix={P}
            path={['exchange', 'legacy', 'namespace']}
            label="Legacy name for the Exchange 2007 servers"
            placeholder="legacy.contoso.com"
            hint={`${label} takes over the namespace; Exchange 2007 keeps this name until its last mailbox has moved.`}
          />
          <TextField
            idPrefix={P}
            path={['exchange', 'legacy', 'publicIp']}
            label="Legacy name's public IPv4"
            inputMode="decimal"
            width="short"
          />
        </>
      ) : (
        <Unavailable>
          A legacy name is only needed while Exchange 2007 stays next to Exchange 2010 or 2013.
        </Unavailable>
      )}
      {profile.smallBusinessServer ? (
        <CheckboxField
          idPrefix={P}
          path={['exchange', 'sbs']}
          label="Windows Small Business Server 2008"
          hint="Its wizards publish the server as remote.<domain>: enter that name as the namespace."
        />
      ) : (
        <Unavailable>
          Windows SBS 2008 is offered with Exchange 2007 only, the version it ships.
        </Unavailable>
      )}
    </fieldset>
  );
}

export function DomainsSection() {
  return (
    <fieldset class="uc-group">
      <legend>Domains</legend>
      <TextField
        idPrefix={P}
        path={['domains', 'primary']}
        label="Primary SMTP domain"
        placeholder="contoso.com"
        hint="The domain in your users' email addresses."
      />
      <NameList
        path={['domains', 'additional']}
        label="Additional SMTP domains"
        addLabel="Add a domain"
      />
      <TextField
        idPrefix={P}
        path={['domains', 'internal']}
        label="Active Directory DNS domain"
        placeholder="contoso.local"
        hint="Your AD domain's DNS name. An internal one (.local, .lan) never goes on a public certificate."
      />
    </fieldset>
  );
}

export function NamespaceSection() {
  const internalDns = useDraftValue(['exchange', 'internalDns']);
  return (
    <fieldset class="uc-group">
      <legend>Namespace and DNS</legend>
      <TextField
        idPrefix={P}
        path={['exchange', 'namespace']}
        label="Client namespace"
        placeholder="mail.contoso.com"
        hint="The one name clients use for Outlook on the web, ActiveSync, EWS, Outlook Anywhere and MAPI, inside and outside."
      />
      <SelectField
        idPrefix={P}
        path={['exchange', 'autodiscover']}
        label="Autodiscover for additional domains"
        options={[
          { value: 'host', label: 'autodiscover.<domain> on the certificate' },
          { value: 'srv', label: 'SRV record, no extra name on the certificate' },
        ]}
      />
      <SelectField
        idPrefix={P}
        path={['exchange', 'internalDns']}
        label="Internal DNS"
        options={[
          { value: 'split-brain', label: 'Split-brain: an internal copy of the public zone' },
          { value: 'pin-point', label: 'Pin-point: one small zone per Exchange name' },
        ]}
      />
      {internalDns === 'pin-point' ? null : (
        <CheckboxField
          idPrefix={P}
          path={['exchange', 'pinPointOutsideAd']}
          label="Pin-point zones for names outside the Active Directory domain (recommended)"
          hint="A new internal copy of a public zone answers for the whole domain inside: www and every other public name stop resolving unless copied first."
        />
      )}
    </fieldset>
  );
}

export function SitesSection() {
  const sites = useList(['exchange', 'sites']);
  const { label, profile } = useExchangeVersion();
  const { unbound, owaFailback, clientAccessArray } = profile.siteResilience;
  return (
    <fieldset class="uc-group">
      <legend>Sites and servers</legend>
      {sites.map((_, index) => {
        const site = ['exchange', 'sites', index] as const;
        return (
          <fieldset class="uc-site" key={index}>
            <legend>Site {index + 1}</legend>
            <TextField
              idPrefix={P}
              path={[...site, 'name']}
              label="Active Directory site name"
              placeholder="Default-First-Site-Name"
            />
            <TextField
              idPrefix={P}
              path={[...site, 'publicIp']}
              label="Public IPv4 (what the firewall publishes)"
              inputMode="decimal"
              width="short"
            />
            <TextField
              idPrefix={P}
              path={[...site, 'internalVip']}
              label="Internal load-balancer IPv4 (optional)"
              inputMode="decimal"
              width="short"
              hint="Without one, internal records list every server (DNS round robin)."
            />
            <TextField
              idPrefix={P}
              path={[...site, 'namespace']}
              label={
                unbound
                  ? "This site's own namespace (bound model, optional)"
                  : "This datacenter's namespace (each site after the first needs one)"
              }
              placeholder="mail2.contoso.com"
            />
            {owaFailback ? (
              <TextField
                idPrefix={P}
                path={[...site, 'failbackNamespace']}
                label="Outlook Web App failback name (optional)"
                placeholder={index === 0 ? 'mailpri.contoso.com' : 'mailsec.contoso.com'}
              />
            ) : null}
            {clientAccessArray ? (
              <TextField
                idPrefix={P}
                path={[...site, 'clientAccessArray']}
                label="RPC Client Access array FQDN (optional, never on the certificate)"
                placeholder="outlook.contoso.local"
              />
            ) : null}
            <ServerList
              path={[...site, 'servers']}
              label={`Exchange servers in site ${index + 1}`}
              noun={`Site ${index + 1} server`}
              addLabel={`Add a server to site ${index + 1}`}
            />
            {sites.length > 1 ? (
              <RemoveButton
                path={['exchange', 'sites']}
                index={index}
                label={`Remove site ${index + 1}`}
              />
            ) : null}
          </fieldset>
        );
      })}
      {owaFailback ? null : (
        <Unavailable>
          {`Failback names and RPC Client Access arrays belong to Exchange 2010; ${label} does not use them.`}
        </Unavailable>
      )}
      <button
        type="button"
        class="uc-button uc-button-add"
        onClick={() =>
          addRow(
            ['exchange', 'sites'],
            { name: `Site${sites.length + 1}`, servers: [{ name: '', ip: '' }] },
            (index) => ['exchange', 'sites', index, 'name'],
          )
        }
      >
        Add a site
      </button>
    </fieldset>
  );
}

export function ServicesSection() {
  const { label, profile } = useExchangeVersion();
  const edge = useDraftValue(['exchange', 'services', 'edge']) === true;
  return (
    <fieldset class="uc-group">
      <legend>Services</legend>
      <CheckboxField idPrefix={P} path={['exchange', 'services', 'pop']} label="POP3 clients" />
      <CheckboxField idPrefix={P} path={['exchange', 'services', 'imap']} label="IMAP4 clients" />
      {profile.unifiedMessaging ? (
        <CheckboxField
          idPrefix={P}
          path={['exchange', 'services', 'um']}
          label="Unified Messaging"
          hint="Each UM server gets a certificate of its own, with its FQDN as subject."
        />
      ) : (
        <Unavailable>
          {`Unified Messaging is not offered: ${label} has none (Microsoft removed it in 2019).`}
        </Unavailable>
      )}
      <CheckboxField
        idPrefix={P}
        path={['exchange', 'services', 'edge']}
        label="Edge Transport servers receive internet mail"
      />
      {edge ? (
        <>
          <TextField
            idPrefix={P}
            path={['exchange', 'edge', 'fqdn']}
            label="Edge external name (the MX target)"
            placeholder="edge.contoso.com"
          />
          <TextField
            idPrefix={P}
            path={['exchange', 'edge', 'publicIp']}
            label="Edge public IPv4"
            inputMode="decimal"
            width="short"
          />
          <ServerList
            path={['exchange', 'edge', 'servers']}
            label="Edge Transport servers"
            noun="Edge server"
            addLabel="Add an Edge server"
          />
        </>
      ) : (
        <Unavailable>
          The Edge name, address and servers appear when Edge Transport servers receive your
          internet mail.
        </Unavailable>
      )}
    </fieldset>
  );
}

export function CertificateSection() {
  return (
    <fieldset class="uc-group">
      <legend>Certificate and request subject</legend>
      <SelectField
        idPrefix={P}
        path={['certificate', 'purpose']}
        label="This change is"
        options={[
          { value: 'new', label: 'A new certificate (first one, or new names)' },
          { value: 'renewal', label: 'A renewal of the certificates in place (same names)' },
        ]}
      />
      <SelectField
        idPrefix={P}
        path={['certificate', 'authority']}
        label="Certificate authority"
        options={[
          { value: 'public', label: 'Public CA' },
          { value: 'enterprise', label: 'Enterprise CA (Active Directory Certificate Services)' },
        ]}
      />
      <SelectField
        idPrefix={P}
        path={['certificate', 'keySize']}
        label="RSA key size"
        options={KEY_SIZES.map((value) => ({ value, label: `${value} bits` }))}
      />
      <CheckboxField
        idPrefix={P}
        path={['exchange', 'certificate', 'wildcard']}
        label="Wildcard certificate (*.domain) instead of a name list"
      />
      <TextField
        idPrefix={P}
        path={['certificate', 'issueDate']}
        label="Planned issue date"
        placeholder="YYYY-MM-DD"
        width="short"
        hint="Decides the maximum lifetime: 200 days from 15 March 2026, 100 from 15 March 2027, 47 from 15 March 2029."
      />
      <NumberField idPrefix={P} path={['certificate', 'validityDays']} label="Lifetime in days" />
      <TextField
        idPrefix={P}
        path={['exchange', 'certificate', 'friendlyName']}
        label="Friendly name (under 64 characters)"
      />
      <NameList
        path={['exchange', 'certificate', 'additionalNames']}
        label="Extra names on the certificate"
        addLabel="Add a name"
        hint="Only names clients use to reach Exchange; server names, bare domains and www are flagged."
      />
      <TextField idPrefix={P} path={['organization', 'name']} label="Organisation (O=)" />
      <TextField
        idPrefix={P}
        path={['organization', 'country']}
        label="Country code (C=)"
        placeholder="US"
        width="short"
        hint="Two letters, ISO 3166 (GB, not UK)."
      />
      <TextField idPrefix={P} path={['organization', 'state']} label="State or province (S=)" />
      <TextField idPrefix={P} path={['organization', 'locality']} label="City (L=)" />
      <TextField
        idPrefix={P}
        path={['exchange', 'certificateFolder']}
        label="Folder for request and certificate files"
        placeholder="C:\Certs"
      />
    </fieldset>
  );
}
