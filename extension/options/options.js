// The options page: the reader settings (the same controls as the view, from reader/reader.js), the list of
// sites where reader mode opens by itself (sites.js asks for each host's permission) and prepared mode.
// Storage: storage.js.

import { getSettings, setSettings, onSettingsChanged } from '../storage.js';
import { buildSettingsForm } from '../reader/reader.js';
import { hostOf, addSite, removeSite, setPrepare } from '../sites.js';
import { localize, t } from '../localize.js';

const $ = (id) => document.getElementById(id);

function say(id, text, isError = false) {
  $(id).textContent = text;
  $(id).classList.toggle('error', isError);
}

function renderSites(sites) {
  $('sites').replaceChildren(...sites.map((host) => {
    const li = document.createElement('li');
    li.className = 'card row';
    const name = document.createElement('span');
    name.textContent = host;
    const remove = document.createElement('button');
    Object.assign(remove, { type: 'button', textContent: t('siteRemove') });
    remove.setAttribute('aria-label', t('siteRemoveHost', [host]));
    remove.addEventListener('click', async () => {
      await removeSite(host);
      say('sites-status', t('siteRemoved', [host]));
    });
    li.append(name, remove);
    return li;
  }));
  if (!sites.length) {
    const li = document.createElement('li');
    li.className = 'muted';
    li.textContent = t('noSites');
    $('sites').append(li);
  }
}

function renderSettings(settings) {
  $('settings-slot').replaceChildren(buildSettingsForm({
    id: 'settings',
    current: settings,
    onChange: async (patch) => {
      await setSettings(patch);
      say('settings-status', t('settingsSaved'));
    },
  }));
}

$('add-site').addEventListener('submit', async (event) => {
  event.preventDefault();
  const host = hostOf($('site-host').value);
  if (!host) { say('sites-status', t('siteBad'), true); return; }
  // permissions.request must be the first await after the click, or the browser drops the user gesture.
  const reply = await addSite(host);
  if (reply.ok) {
    $('site-host').value = '';
    say('sites-status', t('siteAdded', [host]));
  } else {
    say('sites-status', t('siteDenied', [host]), true);
  }
});

$('prepare').addEventListener('change', async (event) => {
  const on = event.target.checked;
  // As with a site: the permission request is the first await after the click.
  const reply = await setPrepare(on);
  if (reply.ok) {
    say('prepare-status', t(on ? 'prepareOn' : (reply.returned ? 'prepareOff' : 'prepareOffKept')));
  } else {
    event.target.checked = !on;
    say('prepare-status', t('prepareDenied'), true);
  }
});

localize();
// Opened from the view's "always on this site": the host is filled in, one click grants it.
const asked = new URLSearchParams(location.hash.slice(1)).get('site');
if (asked) {
  $('site-host').value = asked;
  say('sites-status', t('siteConfirm', [asked]));
  $('add-site').querySelector('button').focus();
}
const settings = await getSettings();
renderSettings(settings);
renderSites(settings.sites);
$('prepare').checked = settings.prepare;
onSettingsChanged(async (reading) => {
  const fresh = await reading;
  renderSites(fresh.sites);
  $('prepare').checked = fresh.prepare;
});
document.body.dataset.ready = 'true';
