import { api } from '../app/api';
import { useApi } from '../app/use-api';

/** The centre's logo, if it set one (a data: URL, which the UI's CSP allows for images). */
export function CentreLogo() {
  const [logo] = useApi(() => api().centre.getLogo());
  if (logo.status !== 'ready' || !logo.data) return null;
  // Decorative: the centre's name is the heading right beside it.
  return <img src={logo.data} alt="" className="centre-logo" />;
}
