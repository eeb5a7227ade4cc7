'use client';
// The staff rich-text editor (TipTap). Imported only by staff forms, so public pages never load it.
// It produces HTML for the same allowlist the server enforces (lib/sanitize/html.ts): whatever it
// emits is sanitized again on save and on render, so the editor is a convenience, not a control.
import Image from '@tiptap/extension-image';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslations } from 'next-intl';
import { useId, useState, type ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { ImageUpload, mediaSrc } from './image-upload';

const SAFE_HREF = /^(https?:\/\/|mailto:|tel:|\/(?!\/))/i;
const MEDIA_SRC = /^\/media\/public\/[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

export function RichTextEditor({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  minHeight = 'min-h-64',
}: {
  id?: string;
  label: string;
  value: string;
  onChange: (html: string) => void;
  error?: string;
  hint?: ReactNode;
  minHeight?: string;
}) {
  const t = useTranslations('pages.editor');
  const gen = useId();
  const fieldId = id ?? gen;
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        link: {
          openOnClick: false,
          autolink: true,
          protocols: ['http', 'https', 'mailto', 'tel'],
          isAllowedUri: (url) => SAFE_HREF.test(url),
          HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
        },
      }),
      Image.configure({ inline: false, allowBase64: false }),
    ],
    content: value,
    editorProps: {
      attributes: {
        id: fieldId,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${fieldId}-label`,
        ...(error ? { 'aria-invalid': 'true', 'aria-describedby': `${fieldId}-error` } : {}),
        class: cn(
          'prose-editor max-w-none px-3 py-2 text-sm leading-6 focus:outline-none',
          '[&_h2]:mt-4 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-3 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:font-semibold',
          '[&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-2 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3',
          '[&_a]:text-brand-700 [&_a]:underline [&_img]:max-w-full',
          minHeight,
        ),
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });

  return (
    <div className="space-y-1">
      <p id={`${fieldId}-label`} className="block text-sm font-medium text-slate-800">
        {label}
      </p>
      <div className={cn('rounded-md bg-white ring-1 ring-slate-300 focus-within:ring-2 focus-within:ring-brand-700', error && 'ring-red-600')}>
        {editor ? <Toolbar editor={editor} controls={fieldId} t={t} /> : <div className="h-10 border-b border-slate-200" />}
        <EditorContent editor={editor} />
      </div>
      {hint && !error ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {error ? (
        <p id={`${fieldId}-error`} className="text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Toolbar({ editor, controls, t }: { editor: Editor; controls: string; t: ReturnType<typeof useTranslations> }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
      href: (e.getAttributes('link').href as string | undefined) ?? '',
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const [panel, setPanel] = useState<null | 'link' | 'image'>(null);
  const [text, setText] = useState('');
  const [alt, setAlt] = useState('');
  const [problem, setProblem] = useState('');
  const chain = () => editor.chain().focus();
  const btn = (key: string, label: string, active: boolean, run: () => void, disabled = false) => (
    <button
      key={key}
      type="button"
      aria-pressed={active}
      aria-controls={controls}
      disabled={disabled}
      // Keep the editor's focus and selection: a click on the toolbar must not blur the text.
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
      className={cn('rounded px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-40', active && 'bg-slate-200 font-semibold')}
    >
      {label}
    </button>
  );
  const openPanel = (p: 'link' | 'image') => {
    setProblem('');
    setText(p === 'link' ? state.href : '');
    setAlt('');
    setPanel(panel === p ? null : p);
  };
  const apply = () => {
    const v = text.trim();
    if (panel === 'link') {
      if (!v) {
        chain().extendMarkRange('link').unsetLink().run();
        setPanel(null);
        return;
      }
      if (!SAFE_HREF.test(v)) return setProblem(t('linkInvalid'));
      chain().extendMarkRange('link').setLink({ href: v }).run();
    } else if (panel === 'image') {
      if (!MEDIA_SRC.test(v)) return setProblem(t('imageInvalid'));
      chain().setImage({ src: v, alt: alt.trim().slice(0, 300) }).run();
    }
    setPanel(null);
  };
  return (
    <div className="border-b border-slate-200">
      <div role="toolbar" aria-label={t('toolbar')} className="flex flex-wrap gap-1 p-1">
        {btn('b', t('bold'), state.bold, () => chain().toggleBold().run())}
        {btn('i', t('italic'), state.italic, () => chain().toggleItalic().run())}
        {btn('u', t('underline'), state.underline, () => chain().toggleUnderline().run())}
        {btn('s', t('strike'), state.strike, () => chain().toggleStrike().run())}
        {btn('h2', t('heading2'), state.h2, () => chain().toggleHeading({ level: 2 }).run())}
        {btn('h3', t('heading3'), state.h3, () => chain().toggleHeading({ level: 3 }).run())}
        {btn('ul', t('bulletList'), state.bullet, () => chain().toggleBulletList().run())}
        {btn('ol', t('orderedList'), state.ordered, () => chain().toggleOrderedList().run())}
        {btn('q', t('quote'), state.quote, () => chain().toggleBlockquote().run())}
        {btn('a', t('link'), state.link || panel === 'link', () => openPanel('link'))}
        {btn('img', t('image'), panel === 'image', () => openPanel('image'))}
        {btn('undo', t('undo'), false, () => chain().undo().run(), !state.canUndo)}
        {btn('redo', t('redo'), false, () => chain().redo().run(), !state.canRedo)}
      </div>
      {panel ? (
        <div className="flex flex-wrap items-end gap-2 border-t border-slate-100 p-2">
          <label className="text-xs font-medium">
            {panel === 'link' ? t('linkUrl') : t('imageUrl')}
            <input
              type="text"
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  apply();
                }
              }}
              placeholder={panel === 'link' ? 'https://' : '/media/public/…'}
              className="mt-1 block w-72 max-w-full rounded border-0 px-2 py-1 text-sm ring-1 ring-slate-300"
            />
          </label>
          {panel === 'image' ? (
            <ImageUpload
              label={t('imageUpload')}
              alt={alt}
              className="w-full"
              onUploaded={(m) => {
                const src = mediaSrc(m.variants, 1280);
                if (src) setText(src);
              }}
            />
          ) : null}
          {panel === 'image' ? (
            <label className="text-xs font-medium">
              {t('imageAlt')}
              <input type="text" value={alt} onChange={(e) => setAlt(e.target.value)} className="mt-1 block w-56 max-w-full rounded border-0 px-2 py-1 text-sm ring-1 ring-slate-300" />
            </label>
          ) : null}
          <button type="button" onClick={apply} className="rounded bg-brand-700 px-3 py-1 text-sm text-white">
            {t('apply')}
          </button>
          <button type="button" onClick={() => setPanel(null)} className="rounded px-3 py-1 text-sm ring-1 ring-slate-300">
            {t('cancel')}
          </button>
          {problem ? (
            <p role="alert" className="w-full text-xs font-medium text-red-700">
              {problem}
            </p>
          ) : null}
          {panel === 'link' ? <p className="w-full text-xs text-slate-500">{t('linkHint')}</p> : <p className="w-full text-xs text-slate-500">{t('imageHint')}</p>}
        </div>
      ) : null}
    </div>
  );
}
