import './back-link.css';
import { Link } from 'react-router';
import { Icon } from './Icon';

export function BackLink() {
  return (
    <Link className="back-link" to="/occasions">
      <Icon name="back" />
      Occasions
    </Link>
  );
}
