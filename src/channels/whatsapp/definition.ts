// WhatsApp Business (Cloud API): customer messages by webhook, answered within 24 h of their last
// message. Connected with a (system-user) access token and the business phone number's id.
import type { NetworkDefinition } from '../definition.js';
import { metaCredentialFields } from '../meta/fields.js';
import { WhatsAppConnector, whatsappCapabilities } from './connector.js';

export const whatsappDefinition: NetworkDefinition = {
  network: 'whatsapp',
  name: 'WhatsApp Business',
  capabilities: whatsappCapabilities,
  fields: [
    { key: 'phoneNumberId', secret: false, label: { id: 'ID nomor telepon', en: 'Phone number ID' } },
    ...metaCredentialFields('WhatsApp'),
  ],
  create: (context) => new WhatsAppConnector(context),
};
