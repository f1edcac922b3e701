import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowLeft, IconExternalLink } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { channelsApi, type ConnectField, type ConnectResult, type NetworkInfo } from '../../../api/channelsApi';
import type { Channel } from '../../../api/types';
import { NetworkIcon } from '../../../ui/NetworkIcon';
import { describeError } from '../../../ui/notifyApiError';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { connectPayload, initialConnectValues, localizedText, missingConnectFields } from './connectForm';

interface ConnectFormProps {
  network: NetworkInfo;
  /** Set when reconnecting this channel: same account, history kept. */
  channel?: Channel;
  publicUrlConfigured: boolean;
  onBack?: () => void;
  onConnected: (channel: Channel, reconnected: boolean) => Promise<void>;
}

/**
 * A network's connect form from its `fields`: a pasted credential is checked with the network
 * before anything is stored, and its refusal is shown here. Networks with OAuth start with
 * "Sign in with …": the browser leaves for the network and comes back to Settings → Channels.
 */
export function ConnectForm({ network, channel, publicUrlConfigured, onBack, onConnected }: ConnectFormProps) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const oauth = network.oauth;
  const [signIn, setSignIn] = useState(oauth !== null);
  const fields = signIn && oauth !== null ? oauth.fields : network.fields;
  // Facebook Pages and Instagram are approved on Facebook's own Login dialog.
  const provider = oauth?.provider ?? network.name;
  const [values, setValues] = useState(() => initialConnectValues([...(oauth?.fields ?? []), ...network.fields], channel?.settings));
  const [missing, setMissing] = useState<readonly string[]>([]);
  const [leaving, setLeaving] = useState(false);

  const submit = useMutation({
    // The network's refusal is shown in the form, next to what the officer typed.
    meta: { handlesOwnErrors: true },
    mutationFn: async (): Promise<ConnectResult | null> => {
      const payload = connectPayload(fields, values);
      if (signIn) {
        const { authorizeUrl } = await channelsApi.startOAuth(workspace.id, network.network, payload, channel?.id);
        setLeaving(true);
        window.location.assign(authorizeUrl);
        return null;
      }
      return channel === undefined ? channelsApi.connect(workspace.id, network.network, payload) : channelsApi.reconnect(workspace.id, channel.id, payload);
    },
    onSuccess: async (result) => {
      if (result !== null) await onConnected(result.channel, result.reconnected);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const empty = missingConnectFields(fields, values).map((field) => field.key);
    setMissing(empty);
    if (empty.length === 0) submit.mutate();
  };
  const switchMode = () => {
    setSignIn((current) => !current);
    setMissing([]);
    submit.reset();
  };

  return (
    <form onSubmit={onSubmit} noValidate data-testid="channel-connect-form" data-network={network.network}>
      <Stack gap="md">
        <Group gap="xs" wrap="nowrap">
          <NetworkIcon network={network.network} size={24} />
          <Text fw={600}>{network.name}</Text>
          <Text size="xs" c="dimmed">· {t(`channels.wizard.inbound.${network.capabilities.inbound}`)}</Text>
        </Group>
        {network.needsPublicUrl && !publicUrlConfigured && (
          <Alert color="yellow" variant="light" p="xs"><Text size="sm">{t('channels.wizard.needsPublicUrl', { network: network.name })}</Text></Alert>
        )}
        {signIn && <Text size="sm" c="dimmed">{t('channels.wizard.signInHint', { network: provider })}</Text>}
        {channel !== undefined && !signIn && fields.some((field) => field.secret) && <Text size="sm" c="dimmed">{t('channels.wizard.secretsAgain')}</Text>}
        {fields.map((field) => (
          <FieldInput key={field.key} field={field} language={i18n.language} value={values[field.key] ?? ''} missing={missing.includes(field.key)}
            onChange={(value) => setValues((current) => ({ ...current, [field.key]: value }))} />
        ))}
        {submit.isError && (
          <Alert color="red" title={t('channels.wizard.refusedTitle')} data-testid="channel-connect-error">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{describeError(submit.error)}</Text>
          </Alert>
        )}
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            {onBack !== undefined && <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>{t('channels.wizard.back')}</Button>}
            {oauth !== null && (
              <Anchor component="button" type="button" size="sm" onClick={switchMode} data-testid="channel-connect-mode">
                {signIn ? t('channels.wizard.usePaste') : t('channels.wizard.useSignIn', { network: provider })}
              </Anchor>
            )}
          </Group>
          <Button type="submit" loading={submit.isPending || leaving} rightSection={signIn ? <IconExternalLink size={16} /> : undefined} data-testid="channel-connect-submit">
            {signIn ? t('channels.wizard.signIn', { network: provider }) : channel === undefined ? t('channels.wizard.submit') : t('channels.wizard.reconnectSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface FieldInputProps {
  field: ConnectField;
  language: string;
  value: string;
  missing: boolean;
  onChange: (value: string) => void;
}

function FieldInput({ field, language, value, missing, onChange }: FieldInputProps) {
  const { t } = useTranslation();
  const label = localizedText(field.label, language);
  const common = {
    label: field.optional ? `${label} (${t('channels.wizard.optional')})` : label,
    description: field.help === null ? undefined : localizedText(field.help, language),
    value,
    required: !field.optional,
    error: missing ? t('channels.wizard.required', { label }) : undefined,
    onChange: (event: { currentTarget: HTMLInputElement }) => onChange(event.currentTarget.value),
    'data-testid': `connect-field-${field.key}`,
    maxLength: 4096,
  };
  // Secrets stay masked and out of the browser's saved passwords.
  return field.secret ? <PasswordInput {...common} autoComplete="new-password" /> : <TextInput {...common} autoComplete="off" spellCheck={false} />;
}
