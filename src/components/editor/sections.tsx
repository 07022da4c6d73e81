/** The editor's field groups, in the order an admin decides them. */
import { KEY_SIZES } from '../../lib/planner/plan/sections/certificate.ts';
import { COEXISTENCE_VERSIONS } from '../../lib/planner/plan/sections/exchange.ts';
import { availableProducts } from '../../lib/planner/products.ts';
import { CheckboxField, NumberField, SelectField, TextField } from '../ui/fields.tsx';
import { addRow, NameList, RemoveButton, ServerList, useList } from './lists.tsx';

const P = 'editor';

export function ProductSection() {
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
        options={COEXISTENCE_VERSIONS.map((value) => ({
          value,
          label: value === 'none' ? 'None' : `Exchange ${value}`,
        }))}
        hint="Coexistence decides whether a legacy name is needed (2007 with 2013) and which combinations Microsoft supports."
      />
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
      <TextField
        idPrefix={P}
        path={['exchange', 'legacy', 'namespace']}
        label="Legacy name (Exchange 2007 with 2013 only)"
        placeholder="legacy.contoso.com"
      />
      <TextField
        idPrefix={P}
        path={['exchange', 'legacy', 'publicIp']}
        label="Legacy name's public IPv4"
        inputMode="decimal"
        width="short"
      />
      <ServerList
        path={['exchange', 'legacy', 'servers']}
        label="Exchange 2007 Client Access servers"
        noun="Exchange 2007 server"
        addLabel="Add an Exchange 2007 server"
      />
    </fieldset>
  );
}

export function SitesSection() {
  const sites = useList(['exchange', 'sites']);
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
              label="This site's own namespace (bound model, optional)"
              placeholder="mail2.contoso.com"
            />
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
      <button
        type="button"
        class="uc-button"
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
  return (
    <fieldset class="uc-group">
      <legend>Services</legend>
      <CheckboxField idPrefix={P} path={['exchange', 'services', 'pop']} label="POP3 clients" />
      <CheckboxField idPrefix={P} path={['exchange', 'services', 'imap']} label="IMAP4 clients" />
      <CheckboxField
        idPrefix={P}
        path={['exchange', 'services', 'um']}
        label="Unified Messaging (Exchange 2013 and 2016 only)"
      />
      <CheckboxField
        idPrefix={P}
        path={['exchange', 'services', 'edge']}
        label="Edge Transport servers receive internet mail"
      />
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
    </fieldset>
  );
}

export function CertificateSection() {
  return (
    <fieldset class="uc-group">
      <legend>Certificate and request subject</legend>
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
