// Lazily loaded so that the Next.js server only pulls in the integrations a booking needs.
const appStore = {
  dailyvideo: () => import("./dailyvideo"),
  googlecalendar: () => import("./googlecalendar"),
  office365calendar: () => import("./office365calendar"),
  stripepayment: () => import("./stripepayment"),
  zoomvideo: () => import("./zoomvideo"),
};

export default appStore;
