import { Injectable } from '@nestjs/common';

import { GaxiosResponse } from 'gaxios';
import { gmail_v1 } from 'googleapis';

import { ConnectedAccountWorkspaceEntity } from 'src/modules/connected-account/standard-objects/connected-account.workspace-entity';
import { MESSAGING_GMAIL_EXCLUDED_CATEGORIES } from 'src/modules/messaging/message-import-manager/drivers/gmail/constants/messaging-gmail-excluded-categories';
import { MESSAGING_GMAIL_USERS_MESSAGES_LIST_MAX_RESULT } from 'src/modules/messaging/message-import-manager/drivers/gmail/constants/messaging-gmail-users-messages-list-max-result.constant';
import { GmailClientProvider } from 'src/modules/messaging/message-import-manager/drivers/gmail/providers/gmail-client.provider';
import { GmailHandleErrorService } from 'src/modules/messaging/message-import-manager/drivers/gmail/services/gmail-handle-error.service';
import { computeGmailCategoryExcludeSearchFilter } from 'src/modules/messaging/message-import-manager/drivers/gmail/utils/compute-gmail-category-excude-search-filter.util';

export type GetFullMessageListResponse = {
  messageExternalIds: string[];
  nextSyncCursor: string;
};

@Injectable()
export class GmailGetMessageListService {
  constructor(
    private readonly gmailClientProvider: GmailClientProvider,
    private readonly gmailHandleErrorService: GmailHandleErrorService,
  ) {}

  public async getFullMessageList(
    connectedAccount: Pick<
      ConnectedAccountWorkspaceEntity,
      'provider' | 'refreshToken' | 'id'
    >,
  ): Promise<GetFullMessageListResponse> {
    const gmailClient = await this.gmailClientProvider.getGmailClient(
      connectedAccount,
    );

    let pageToken: string | undefined;
    let hasMoreMessages = true;
    let firstMessageExternalId: string | undefined;
    const messageExternalIds: string[] = [];

    while (hasMoreMessages) {
      const messageList = await gmailClient.users.messages
        .list({
          userId: 'me',
          maxResults: MESSAGING_GMAIL_USERS_MESSAGES_LIST_MAX_RESULT,
          pageToken,
          q: computeGmailCategoryExcludeSearchFilter(
            MESSAGING_GMAIL_EXCLUDED_CATEGORIES,
          ),
        })
        .catch((error) => {
          this.gmailHandleErrorService.handleGmailMessageListFetchError(error);

          return {
            data: {
              messages: [],
              nextPageToken: undefined,
            },
          };
        });

      const { messages } = messageList.data;

      if (!messages || messages.length === 0) {
        break;
      }

      if (!firstMessageExternalId) {
        firstMessageExternalId = messageList.data.messages?.[0].id ?? undefined;
      }

      messageExternalIds.push(...messages.map((message) => message.id!));

      pageToken = messageList.data.nextPageToken ?? undefined;
      hasMoreMessages = !!pageToken;
    }

    const firstMessageContent = await gmailClient.users.messages
      .get({
        userId: 'me',
        id: firstMessageExternalId!,
      })
      .catch((error) => {
        this.gmailHandleErrorService.handleGmailMessagesImportError(
          error,
          firstMessageExternalId!,
        );
      });

    const nextSyncCursor = (
      firstMessageContent as GaxiosResponse<gmail_v1.Schema$Message>
    )?.data?.historyId;

    return { messageExternalIds, nextSyncCursor: nextSyncCursor ?? '' };
  }
}
