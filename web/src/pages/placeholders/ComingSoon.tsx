import type { ReactNode } from 'react';
import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';

interface ComingSoonProps {
  title: string;
  description: string;
  icon: ReactNode;
  testId: string;
}

/** An honest page for a section that is planned but not built yet. */
export function ComingSoon({ title, description, icon, testId }: ComingSoonProps) {
  return (
    <Stack maw={760} gap="md" data-testid={testId}>
      <Title order={1} fz="h2">
        {title}
      </Title>
      <Paper withBorder p="xl">
        <Stack align="center" gap="sm" py="lg">
          <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
            {icon}
          </ThemeIcon>
          <Text c="dimmed" ta="center" maw={460}>
            {description}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
