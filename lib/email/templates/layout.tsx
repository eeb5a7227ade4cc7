import { Body, Button, Container, Head, Heading, Hr, Html, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

const styles = {
  body: { backgroundColor: '#f4f6f8', fontFamily: 'Helvetica, Arial, sans-serif', margin: 0, padding: '24px 0' },
  container: { backgroundColor: '#ffffff', borderRadius: 8, margin: '0 auto', maxWidth: 560, padding: 32 },
  brand: { color: '#0f766e', fontSize: 20, fontWeight: 700, margin: '0 0 16px' },
  heading: { color: '#111827', fontSize: 20, margin: '0 0 12px' },
  text: { color: '#374151', fontSize: 15, lineHeight: '24px', margin: '0 0 12px' },
  button: { backgroundColor: '#0f766e', borderRadius: 6, color: '#ffffff', display: 'inline-block', fontSize: 15, fontWeight: 600, padding: '12px 20px', textDecoration: 'none' },
  link: { color: '#6b7280', fontSize: 12, lineHeight: '18px', wordBreak: 'break-all' as const },
  footer: { color: '#9ca3af', fontSize: 12, lineHeight: '18px', margin: '16px 0 0' },
};

export type Action = { label: string; url: string };

/** One layout for every transactional e-mail: brand, heading, paragraphs, buttons, footer. */
export function EmailLayout(props: {
  lang: string;
  company: string;
  preview: string;
  heading: string;
  greeting?: string;
  paragraphs: string[];
  actions?: Action[];
  footer: string;
  note?: string;
  children?: ReactNode;
}) {
  return (
    <Html lang={props.lang}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>{props.company}</Text>
          <Heading as="h1" style={styles.heading}>
            {props.heading}
          </Heading>
          {props.greeting ? <Text style={styles.text}>{props.greeting}</Text> : null}
          {props.paragraphs.map((p, i) => (
            <Text key={i} style={styles.text}>
              {p}
            </Text>
          ))}
          {props.children}
          {props.actions?.map((a) => (
            <Section key={a.url} style={{ margin: '20px 0' }}>
              <Button href={a.url} style={styles.button}>
                {a.label}
              </Button>
              <Text style={styles.link}>{a.url}</Text>
            </Section>
          ))}
          <Hr />
          {props.note ? <Text style={styles.footer}>{props.note}</Text> : null}
          <Text style={styles.footer}>{props.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
