/**
 * The editor's Lync / Skype for Business part, and the choice of which products the organisation
 * runs: a reader who runs only Lync turns Exchange off and never sees an Exchange field.
 */
import { availableProducts } from '../../lib/planner/products.ts';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import { $draft } from '../stores/draft.ts';
import { CheckboxField, SelectField, TextField } from '../ui/fields.tsx';
import { useHydrated } from '../ui/hooks.ts';
import { addRow, NameList, RemoveButton, ServerList, useList } from './lists.tsx';
import { draftOf, getIn, type Path } from './plan-edit.ts';

const P = 'editor';
const EXAMPLE_DRAFT = draftOf(EXAMPLE_PLAN);

/** A value of the draft (what the reader is typing), the example's on the server. */
export function useDraftValue(path: Path): unknown {
  return getIn(
    useHydrated($draft, () => EXAMPLE_DRAFT),
    path,
  );
}

export function FamiliesSection() {
  const both =
    useDraftValue(['exchange', 'enabled']) !== false && useDraftValue(['lync', 'enabled']) === true;
  return (
    <fieldset class="uc-group">
      <legend>What you run</legend>
      <CheckboxField
        idPrefix={P}
        path={['exchange', 'enabled']}
        label="Exchange Server"
        hint="Turn it off if you only plan Lync or Skype for Business: the Exchange fields disappear."
      />
      <CheckboxField
        idPrefix={P}
        path={['lync', 'enabled']}
        label="Lync Server or Skype for Business Server (or OCS 2007 R2)"
      />
      {both ? (
        <CheckboxField
          idPrefix={P}
          path={['lync', 'shareWithExchange']}
          label="One public certificate for Exchange, the reverse proxy and the Edge"
          hint="Both guides then use one shared certificate, requested once on your first Exchange server; see One certificate for Exchange and Lync."
        />
      ) : null}
    </fieldset>
  );
}

export function LyncSection() {
  return (
    <fieldset class="uc-group">
      <legend>Lync and Skype for Business</legend>
      <SelectField
        idPrefix={P}
        path={['lync', 'product']}
        label="Lync or Skype for Business version you are deploying"
        options={availableProducts('lync').map((product) => ({
          value: product.id,
          label: product.label,
        }))}
      />
      <NameList
        path={['lync', 'sipDomains']}
        label="SIP domains"
        addLabel="Add a SIP domain"
        hint="The domains in your users' sign-in addresses; the first is the default."
      />
      <LyncPools />
      <LyncDirector />
      <LyncEdge />
      <LyncWeb />
    </fieldset>
  );
}

function LyncPools() {
  const pools = useList(['lync', 'pools']);
  return (
    <>
      {pools.map((_, index) => {
        const pool = ['lync', 'pools', index] as const;
        const n = index + 1;
        return (
          <fieldset class="uc-site" key={index}>
            <legend>Front End pool {n}</legend>
            <TextField
              idPrefix={P}
              path={[...pool, 'fqdn']}
              label={`Pool ${n} FQDN`}
              placeholder="pool01.contoso.com"
              hint="Standard Edition: the server's own FQDN."
            />
            <SelectField
              idPrefix={P}
              path={[...pool, 'edition']}
              label={`Pool ${n} edition`}
              options={[
                { value: 'enterprise', label: 'Enterprise Edition (a pool of Front Ends)' },
                { value: 'standard', label: 'Standard Edition (one server)' },
              ]}
            />
            <TextField
              idPrefix={P}
              path={[...pool, 'internalWeb']}
              label={`Pool ${n} internal web services FQDN`}
            />
            <TextField
              idPrefix={P}
              path={[...pool, 'externalWeb']}
              label={`Pool ${n} external web services FQDN`}
            />
            <TextField
              idPrefix={P}
              path={[...pool, 'webVip']}
              label={`Pool ${n} web load balancer IPv4 (optional)`}
              inputMode="decimal"
              width="short"
            />
            <ServerList
              path={[...pool, 'frontEnds']}
              label={`Front End servers of pool ${n}`}
              noun={`Pool ${n} Front End`}
              addLabel={`Add a Front End to pool ${n}`}
            />
            {pools.length > 1 ? (
              <RemoveButton path={['lync', 'pools']} index={index} label={`Remove pool ${n}`} />
            ) : null}
          </fieldset>
        );
      })}
      <button
        type="button"
        class="uc-button uc-button-add"
        onClick={() =>
          addRow(['lync', 'pools'], { fqdn: '', frontEnds: [{ name: '', ip: '' }] }, (index) => [
            'lync',
            'pools',
            index,
            'fqdn',
          ])
        }
      >
        Add a Front End pool
      </button>
    </>
  );
}

function LyncDirector() {
  return (
    <fieldset class="uc-site">
      <legend>Director</legend>
      <CheckboxField
        idPrefix={P}
        path={['lync', 'director', 'enabled']}
        label="Directors in front of the pools"
      />
      <TextField idPrefix={P} path={['lync', 'director', 'fqdn']} label="Director pool FQDN" />
      <TextField
        idPrefix={P}
        path={['lync', 'director', 'externalWeb']}
        label="Director external web services FQDN"
      />
      <ServerList
        path={['lync', 'director', 'servers']}
        label="Director servers"
        noun="Director"
        addLabel="Add a Director"
      />
    </fieldset>
  );
}

function LyncEdge() {
  return (
    <fieldset class="uc-site">
      <legend>Edge</legend>
      <CheckboxField
        idPrefix={P}
        path={['lync', 'edge', 'enabled']}
        label="Edge servers for users outside"
      />
      <SelectField
        idPrefix={P}
        path={['lync', 'edge', 'layout']}
        label="Edge external addresses"
        options={[
          { value: 'separate-ips', label: 'One address and name per service (recommended)' },
          { value: 'single-ip', label: 'One address for all (ports 5061/444/443; OCS: 443/444)' },
        ]}
      />
      <TextField idPrefix={P} path={['lync', 'edge', 'internalFqdn']} label="Edge internal FQDN" />
      <TextField idPrefix={P} path={['lync', 'edge', 'accessFqdn']} label="Access Edge FQDN" />
      <TextField
        idPrefix={P}
        path={['lync', 'edge', 'webConferencingFqdn']}
        label="Web Conferencing Edge FQDN"
      />
      <TextField idPrefix={P} path={['lync', 'edge', 'avFqdn']} label="A/V Edge FQDN" />
      <TextField
        idPrefix={P}
        path={['lync', 'edge', 'accessIp']}
        label="Access Edge public IPv4"
        inputMode="decimal"
        width="short"
      />
      <TextField
        idPrefix={P}
        path={['lync', 'edge', 'webConferencingIp']}
        label="Web Conferencing Edge public IPv4"
        inputMode="decimal"
        width="short"
      />
      <TextField
        idPrefix={P}
        path={['lync', 'edge', 'avIp']}
        label="A/V Edge public IPv4"
        inputMode="decimal"
        width="short"
      />
      <ServerList
        path={['lync', 'edge', 'servers']}
        label="Edge servers (internal interface)"
        noun="Edge server"
        addLabel="Add a Lync Edge server"
      />
    </fieldset>
  );
}

function LyncWeb() {
  return (
    <fieldset class="uc-site">
      <legend>Reverse proxy, simple URLs and options</legend>
      <SelectField
        idPrefix={P}
        path={['lync', 'reverseProxy', 'product']}
        label="Reverse proxy"
        options={[
          { value: 'iis-arr', label: 'IIS Application Request Routing' },
          { value: 'tmg-2010', label: 'Forefront TMG 2010' },
          { value: 'isa-2006-sp1', label: 'ISA Server 2006 SP1' },
          { value: 'isa-2006', label: 'ISA Server 2006 (no SP1)' },
          { value: 'other', label: 'Another reverse proxy' },
        ]}
      />
      <TextField
        idPrefix={P}
        path={['lync', 'reverseProxy', 'publicIp']}
        label="Reverse proxy public IPv4"
        inputMode="decimal"
        width="short"
      />
      <TextField
        idPrefix={P}
        path={['lync', 'simpleUrls', 'meet']}
        label="Meet URL label"
        width="short"
      />
      <TextField idPrefix={P} path={['lync', 'simpleUrls', 'dialin']} label="Dial-in URL host" />
      <TextField
        idPrefix={P}
        path={['lync', 'simpleUrls', 'admin']}
        label="Admin URL host (optional)"
      />
      <CheckboxField
        idPrefix={P}
        path={['lync', 'mobility']}
        label="Mobile clients (lyncdiscover)"
      />
      <CheckboxField
        idPrefix={P}
        path={['lync', 'federation']}
        label="Federation with other organisations"
      />
      <CheckboxField
        idPrefix={P}
        path={['lync', 'xmpp']}
        label="XMPP federation (Lync 2013 and Skype for Business 2015)"
      />
      <TextField
        idPrefix={P}
        path={['lync', 'issuingCa']}
        label="Enterprise CA for online requests (host\CA name, optional)"
        placeholder="ca01.contoso.local\Contoso Issuing CA"
      />
      <TextField
        idPrefix={P}
        path={['lync', 'certificateFolder']}
        label="Lync folder for request and certificate files"
        placeholder="C:\Certs"
      />
    </fieldset>
  );
}
