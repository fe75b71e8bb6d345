import { useEffect } from 'react';
import { useAppStore, useServices } from '../ui/context';
import { selectDirty, selectFileName } from '../store/selectors';

/** Keeps the window title (file name, unsaved changes) in step with the store. */
export function TitleSync() {
  const { platform } = useServices();
  const fileName = useAppStore(selectFileName);
  const dirty = useAppStore(selectDirty);
  useEffect(() => platform.setTitle({ fileName, dirty }), [platform, fileName, dirty]);
  return null;
}
