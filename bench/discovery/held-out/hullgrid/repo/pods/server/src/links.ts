export function formatNotificationLink (frontUrl: string, workspaceUrl: string, objectId: string): string {
  const base = frontUrl.endsWith('/') ? frontUrl.slice(0, -1) : frontUrl
  return `${base}/workbench/${workspaceUrl}/tracker/${encodeURIComponent(objectId)}`
}
