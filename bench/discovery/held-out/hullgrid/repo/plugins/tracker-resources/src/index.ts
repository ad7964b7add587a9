import CreateIssue from './components/CreateIssue.svelte'

export default async () => ({
  component: {
    CreateIssue
  }
})
