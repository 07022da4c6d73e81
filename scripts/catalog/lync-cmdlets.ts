/** Cmdlets the Lync / Skype for Business rules use (src/lib/planner/lync), for the catalog fixture. */
export const LYNC_CMDLETS = [
  // Certificates (PS-REQ, PS-IMP, PS-SET, PS-GET)
  'Request-CsCertificate',
  'Import-CsCertificate',
  'Set-CsCertificate',
  'Get-CsCertificate',
  'Remove-CsCertificate',
  // Simple URLs (PS-SURL, PS-ENABLE)
  'Get-CsSimpleUrlConfiguration',
  'Enable-CsComputer',
];
