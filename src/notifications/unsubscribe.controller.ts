import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { OpenToSuspended, Public } from '../auth/decorators';
import { NotificationEmailsService } from './notification-emails.service';

/**
 * The one-click unsubscribe of RFC 8058: mail clients POST `List-Unsubscribe=One-Click` to the
 * URL of the `List-Unsubscribe` header, without cookies or sign-in. The same URL opened in a
 * browser (GET) is the client's confirmation page, which asks before doing it (link scanners
 * follow GET links; they must not unsubscribe anyone).
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly emails: NotificationEmailsService) {}

  /** 200 `{ unsubscribed: kind }`; 400 INVALID_UNSUBSCRIBE_TOKEN (forged, altered or malformed), nothing changed. */
  @Public()
  @OpenToSuspended()
  @Post()
  @HttpCode(200)
  async oneClick(@Query('token') token: unknown, @Body() _body: unknown) {
    const { kind } = await this.emails.unsubscribe(token);
    return { unsubscribed: kind };
  }
}
