import { Component } from '@angular/core';
import { DataService, SharedModule } from '@tillery/admin-ui/core';
import gql from 'graphql-tag';

const APPROVE = gql`
    mutation Approve($id: ID!) {
        approveProductReview(id: $id) { id state }
    }
`;

@Component({
    selector: 'tl-review-list',
    standalone: true,
    imports: [SharedModule],
    template: `<tl-page-block><p>Moderate incoming product reviews.</p></tl-page-block>`,
})
export class ReviewListComponent {
    constructor(private dataService: DataService) {}

    approve(id: string) {
        // DataService sends the mutation to the admin-api configured in tillery-ui-config.json
        return this.dataService.mutate(APPROVE, { id }).subscribe();
    }
}
