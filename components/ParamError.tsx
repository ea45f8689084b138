/** The message a page shows for a bad URL parameter, naming it and the allowed values. */
export function ParamError({ message, resetHref }: { message: string; resetHref: string }) {
  return (
    <div role="alert" className="param-error">
      <strong>Bad query parameter.</strong> {message}. <a href={resetHref}>Show the defaults</a>.
    </div>
  );
}
