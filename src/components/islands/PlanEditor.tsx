/**
 * The full plan editor ("Your plan"). Every field validates as you type; the guides use the last
 * valid plan, which is saved in this browser only.
 */
import { useEffect } from 'preact/hooks';
import { DraftStatus } from '../editor/DraftStatus.tsx';
import { EditorActions, StartOver } from '../editor/EditorActions.tsx';
import { FamiliesSection, LyncSection, useDraftValue } from '../editor/lync-sections.tsx';
import {
  CertificateSection,
  DomainsSection,
  NamespaceSection,
  ProductSection,
  ServicesSection,
  SitesSection,
} from '../editor/sections.tsx';
import { openSharedPlanFromPage } from '../stores/shared.ts';
import { useReady } from '../ui/hooks.ts';
import { PlanNotices } from '../ui/PlanNotices.tsx';

export default function PlanEditor() {
  const ready = useReady();
  useEffect(openSharedPlanFromPage, []);
  const exchange = useDraftValue(['exchange', 'enabled']) !== false;
  const lync = useDraftValue(['lync', 'enabled']) === true;
  return (
    <form
      class="not-content uc-island uc-editor"
      data-ready={ready ? '' : undefined}
      aria-label="Your plan"
      onSubmit={(event) => event.preventDefault()}
      noValidate
    >
      <PlanNotices />
      <DraftStatus />
      <EditorActions />
      <FamiliesSection />
      {exchange ? <ProductSection /> : null}
      <DomainsSection />
      {exchange ? (
        <>
          <NamespaceSection />
          <SitesSection />
          <ServicesSection />
        </>
      ) : (
        <p class="uc-hint">
          The Exchange fields (namespace, sites and servers, services) appear when you turn Exchange
          on under “What you run”.
        </p>
      )}
      <CertificateSection />
      {lync ? (
        <LyncSection />
      ) : (
        <p class="uc-hint">
          The Lync and Skype for Business fields appear when you turn them on under “What you run”.
        </p>
      )}
      <StartOver />
    </form>
  );
}
