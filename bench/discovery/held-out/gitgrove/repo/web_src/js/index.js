// bootstrap module must be the first one to be imported, it handles webpack lazy-loading and global errors
import './bootstrap.js';

import {initRepoActivityTopAuthorsChart} from './components/RepoActivityTopAuthors.vue';
import {initDashboardRepoList} from './components/DashboardRepoList.vue';
import {initGlobalCopyToClipboardListener} from './features/clipboard.js';
import {initRepoIssueReferenceRepositorySearch, initRepoIssueContentHistory} from './features/repo-issue.js';
import {initRepoActionView} from './components/RepoActionView.vue';
import {initStopwatch} from './features/stopwatch.js';
import {initNotificationCount, initNotificationsTable} from './features/notification.js';
import {onDomReady} from './utils/dom.js';

// Init Gitgrove's Fomantic settings
initGitgroveFomantic();

onDomReady(() => {
  initGlobalCopyToClipboardListener();
  initDashboardRepoList();
  initNotificationCount();
  initNotificationsTable();
  initRepoActivityTopAuthorsChart();
  initRepoActionView();
  initRepoIssueContentHistory();
  initRepoIssueReferenceRepositorySearch();
  initStopwatch();
});

function initGitgroveFomantic() {
  // all Gitgrove pages share window.config, rendered by templates/base/head_script.tmpl
  const {appSubUrl} = window.config;
  window.__webpack_public_path__ = `${appSubUrl}/assets/`;
}
