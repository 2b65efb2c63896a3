import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { AccessTokenPayload, IdentityService } from './identity.service';
import { RequestWithViewer, Viewer } from '../auth/viewer';

/** Verifies the bearer JWT (HS256, expiry), then that its session and user are still live. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object made once: given the string, jsonwebtoken would rebuild one on every request.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET as string, 'utf8')) as unknown as string,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  /**
   * Also keeps, on the request, when the verified token expires: a live connection (graphql-ws)
   * keeps its token for its whole life and must end when the token does.
   */
  validate(req: RequestWithViewer, payload: AccessTokenPayload & { exp?: number }): Promise<Viewer | null> {
    if (typeof payload.exp === 'number') req.tokenExpiresAt = new Date(payload.exp * 1000);
    return this.identity.viewerForToken(payload);
  }
}
