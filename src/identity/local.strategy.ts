import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { IdentityService } from './identity.service';
import { clientInfo } from './client-info';

/** E-mail and password sign-in; throttling and timing rules live in IdentityService.authenticate. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly identity: IdentityService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Parameters<typeof clientInfo>[0], email: string, password: string): Promise<string> {
    return this.identity.authenticate(email, password, clientInfo(req));
  }
}
