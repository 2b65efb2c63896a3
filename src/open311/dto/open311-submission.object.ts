import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Open311Submission', {
  description: 'What the Open311 client that filed a request said about the person and place (staff of its department only).',
})
export class Open311SubmissionObject {
  @Field({ description: 'The client application (the name of its API key).' }) clientName: string;
  @Field(() => String, { nullable: true, description: "The person's e-mail address, as the client gave it." }) email: string | null;
  @Field(() => String, { nullable: true, description: "The person's first name." }) firstName: string | null;
  @Field(() => String, { nullable: true, description: "The person's last name." }) lastName: string | null;
  @Field(() => String, { nullable: true, description: "The person's phone number." }) phone: string | null;
  @Field(() => String, { nullable: true, description: "The client's own id for the address (`address_id`)." }) addressId: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A link to a photo on the client’s side (`media_url`): not fetched nor republished by Parvis; open it with care.',
  })
  mediaUrl: string | null;
}
