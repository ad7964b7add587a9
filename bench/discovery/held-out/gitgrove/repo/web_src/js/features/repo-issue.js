import $ from 'jquery';
import {GET, POST} from '../modules/fetch.js'; // thin wrapper over window.fetch adding the CSRF header
import {showErrorToast} from '../modules/toast.js';

const {appSubUrl} = window.config;

export function initRepoIssueReferenceRepositorySearch() {
  $('.issue_reference_repository_search')
    .dropdown({
      apiSettings: {
        url: `${appSubUrl}/repo/search?q={query}&limit=20`,
        onResponse(response) {
          const filteredResponse = {success: true, results: []};
          for (const repo of response.data) {
            filteredResponse.results.push({
              name: htmlEscape(repo.repository.full_name),
              value: repo.repository.full_name,
            });
          }
          return filteredResponse;
        },
        cache: false,
      },
      onChange(_value, _text, $choice) {
        const $form = $choice.closest('form');
        $form.attr('action', `${appSubUrl}/${_text}/issues/new`);
      },
      fullTextSearch: true,
    });
}

export async function initRepoIssueContentHistory() {
  const issueIndex = $('#issue-title-wrapper').data('issue-index');
  if (!issueIndex) return;

  const repoLink = $('.page-content.repository.issue').data('repo-link');
  try {
    const response = await GET(`${repoLink}/issues/${issueIndex}/content-history/overview`);
    const resp = await response.json();
    showContentHistoryMenu(repoLink, issueIndex, resp.editedHistoryCountMap);
  } catch (error) {
    showErrorToast(`Failed to load content history: ${error}`);
  }
}

export async function updateIssuesMeta(url, action, issue_ids, id) {
  try {
    const response = await POST(url, {data: new URLSearchParams({action, issue_ids, id})});
    if (!response.ok) {
      throw new Error('Failed to update issues meta');
    }
  } catch (error) {
    console.error(error);
  }
}

export async function searchIssues(owner, repo, keyword) {
  // the issue indexer (bleve/elasticsearch/meilisearch) is queried server-side behind this endpoint
  const res = await GET(`${appSubUrl}/api/v1/repos/${owner}/${repo}/issues?q=${encodeURIComponent(keyword)}&type=issues`);
  return res.json();
}

function showContentHistoryMenu() {}
function htmlEscape(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
