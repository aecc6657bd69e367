/**
 * A labelled picker for one JSON file; hands its name and text on (interviews and catalogue imports share it),
 * or why the browser could not read it (moved, deleted or changed since it was picked).
 */
export function JsonFileInput({
  label,
  onChoose,
  onUnreadable,
}: {
  label: string;
  onChoose: (fileName: string, text: string) => void;
  onUnreadable: (fileName: string, error: unknown) => void;
}) {
  return (
    <label className="field">
      <span className="label">{label}</span>
      <input
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) fires again.
          e.target.value = '';
          if (file)
            void file.text().then(
              (text) => onChoose(file.name, text),
              (error: unknown) => onUnreadable(file.name, error),
            );
        }}
      />
    </label>
  );
}
