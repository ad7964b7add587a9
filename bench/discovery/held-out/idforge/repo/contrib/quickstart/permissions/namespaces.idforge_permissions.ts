import { Namespace, Context } from "@idforge/permission-namespace-types"

class User implements Namespace {}

class Profile implements Namespace {
  related: {
    owners: User[]
    viewers: User[]
  }

  permits = {
    view: (ctx: Context): boolean =>
      this.related.viewers.includes(ctx.subject) ||
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean => this.related.owners.includes(ctx.subject),
  }
}

class Document implements Namespace {
  related: {
    parents: Profile[]
  }

  permits = {
    view: (ctx: Context): boolean =>
      this.related.parents.traverse((p) => p.permits.view(ctx)),
  }
}
