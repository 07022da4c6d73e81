// Inline <head> scripts. Plain .mjs so astro.config.mjs can hash them for the Content-Security-Policy.

/**
 * Runs before first paint. When the reader has a saved plan (or opens a shared link), personalised
 * islands stay hidden until they have hydrated with it, so the example never flashes first; any
 * script error lifts that. On a page without plan islands, a shared link is passed on to the plan page.
 */
export const PLAN_BOOT_SCRIPT =
  'try{var d=document.documentElement,s=/[#&]plan=/.test(location.hash);' +
  "if(s||localStorage.getItem('uc-runbook:plan:v2')!==null||localStorage.getItem('uc-runbook:plan:v1')!==null){d.setAttribute('data-plan-pending','');" +
  "addEventListener('error',function(){d.removeAttribute('data-plan-pending')},true)}" +
  "if(s)addEventListener('DOMContentLoaded',function(){if(!document.querySelector('.uc-island'))location.replace('/your-plan/'+location.hash)})}catch(e){}";
