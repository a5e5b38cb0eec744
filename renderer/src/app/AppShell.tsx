import { NavLink, Outlet } from 'react-router';
import { Icon, type IconName } from '../ui/Icon';

const SECTIONS: { to: string; label: string; icon: IconName }[] = [
  { to: '/dashboard', label: 'Dashboard', icon: 'inbox' },
  { to: '/people', label: 'People', icon: 'people' },
  { to: '/occasions', label: 'Occasions', icon: 'calendar' },
  { to: '/settings', label: 'Settings', icon: 'settings' },
];

export function AppShell() {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Sections">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ✉
          </span>
          Thankful
        </div>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}>
                <Icon name={section.icon} />
                <span>{section.label}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
