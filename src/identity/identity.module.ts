import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { CommuneModule } from '../commune/commune.module';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AccountLinksService } from './account-links.service';
import { IdentityRepository } from './identity.repository';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { PersonalDataResolver } from './personal-data.resolver';
import { PersonalDataService } from './personal-data.service';
import { UserDistricts } from './user-districts';

@Module({
  imports: [
    PassportModule,
    CommuneModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: { expiresIn: config.ACCESS_TOKEN_TTL_SECONDS, algorithm: 'HS256' },
      }),
    }),
  ],
  providers: [
    IdentityRepository,
    IdentityService,
    AccountLinksService,
    IdentityResolver,
    PasswordHasher,
    LoginThrottle,
    JwtStrategy,
    LocalStrategy,
    PersonalDataService,
    PersonalDataResolver,
    UserDistricts,
  ],
  exports: [IdentityService],
})
export class IdentityModule {}
